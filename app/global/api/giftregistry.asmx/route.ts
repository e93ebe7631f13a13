// giftregistry.asmx: GET ?WSDL or the service page; POST a SOAP 1.1 envelope. Logic in lib/api/soap.
import { describe, handleSoap } from "@/lib/api/soap/handler";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = (req: Request) => describe(req);
export const POST = (req: Request) => handleSoap(req);
