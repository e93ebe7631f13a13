"use client";
import { useEffect } from "react";

/** Marks the page as interactive (data-hydrated on <html>): browser tests wait for it before typing. */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "1";
  }, []);
  return null;
}
