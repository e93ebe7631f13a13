// giftregistry.asmx/{Method}: HTTP GET (query string) and HTTP POST (form), as ASP.NET asmx offers them.
import { handlePlain } from "@/lib/api/soap/handler";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Ctx = { params: Promise<{ method: string }> };

export const GET = async (req: Request, ctx: Ctx) => handlePlain(req, (await ctx.params).method);
export const POST = async (req: Request, ctx: Ctx) => handlePlain(req, (await ctx.params).method);
