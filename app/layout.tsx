import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";
import { SiteFooter, SiteHeader, PRODUCT_NAME } from "@/components/layout/site-header";
import { HydrationMark } from "@/components/layout/hydration-mark";

export const metadata: Metadata = {
  title: { default: `${PRODUCT_NAME} — gift registry`, template: `%s · ${PRODUCT_NAME}` },
  description: "Create a gift registry for your wedding, baby or any occasion; guests find it and buy what you still need.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request so Next can put this request's CSP nonce on its scripts.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <HydrationMark />
      </body>
    </html>
  );
}
