"use client";
// The gift filters' behaviour in the browser (markup server-rendered by item-filters.tsx): a change
// applies at once (the same GET the Apply button sends), so Apply is hidden once this ran.
import { useEffect } from "react";

function enhanceFilters() {
  const form = document.getElementById("gift-filters") as HTMLFormElement | null;
  if (!form) return;
  const stop = new AbortController();
  const apply = form.querySelector<HTMLButtonElement>("[data-apply]");
  if (apply) apply.hidden = true;
  // "change" fires for a select on choosing, for a price field on leaving it or pressing Enter.
  form.addEventListener("change", () => form.requestSubmit(), { signal: stop.signal });
  return () => {
    stop.abort();
    if (apply) apply.hidden = false;
  };
}

/** Renders nothing: wires the server-rendered filter form. */
export function FilterScript() {
  useEffect(enhanceFilters, []);
  return null;
}
