"use client";
import { useRef, type ReactNode } from "react";

/**
 * The header's user menu: a <details> that closes when a link in it is followed or Escape is pressed.
 * The header stays mounted across client navigations, so without this it stays open over the next page.
 */
export function UserMenu({ label, children }: { label: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const close = (focusSummary: boolean) => {
    if (!menu.current?.open) return;
    menu.current.open = false;
    if (focusSummary) menu.current.querySelector("summary")?.focus();
  };
  return (
    <details
      ref={menu}
      className="relative"
      onClick={(e) => {
        if ((e.target as HTMLElement).closest("a")) close(false);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") close(true);
      }}
    >
      <summary className="cursor-pointer list-none rounded-md border border-gray-300 px-3 py-2 font-medium hover:bg-gray-50">
        {label}
      </summary>
      {children}
    </details>
  );
}
