// The Pages Router holds one page, the guest registry page (pages/r/[slug].tsx), which ships no client
// runtime; everything else is in app/. Same stylesheet as the App Router's layout.
import type { AppProps } from "next/app";
import "../app/globals.css";

export default function GuestApp({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
