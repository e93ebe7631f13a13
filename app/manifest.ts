import type { MetadataRoute } from "next";

// The product's name as in components/layout/site-header.tsx (a React module a route cannot import).
const PRODUCT_NAME = "Wishwell";

// Installable on phones; the share target lets a registrant share a shop's product page straight to
// "Add a gift from a link" (phones often put the link inside `text`, which that page also reads).
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${PRODUCT_NAME} gift registry`,
    short_name: PRODUCT_NAME,
    description: "Your gift registry: add gifts from any shop and see what guests have bought.",
    start_url: "/dashboard",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#96372d",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
    share_target: {
      action: "/add-from-link",
      method: "GET",
      params: { title: "title", text: "text", url: "url" },
    },
  };
}
