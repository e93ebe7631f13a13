// Any API path no route answers: a JSON 404 in the REST API's error shape, never the site's HTML page.
import { unknownApiPath } from "@/lib/api/rest/handler";

export const GET = unknownApiPath;
export const POST = unknownApiPath;
export const PUT = unknownApiPath;
export const PATCH = unknownApiPath;
export const DELETE = unknownApiPath;
