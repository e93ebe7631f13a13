import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/rest/openapi";

// Public: describing the API reveals no data. Static, so it is rendered once at build time.
export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(openApiDocument);
}
