"use client";
// Short confirmations after a save, create or delete ("Changes saved"), with an optional Undo. One
// polite live region (announced, never stealing focus); each toast is dismissible, its buttons are
// in the tab order, and its timer pauses while hovered or focused so keyboard users have the time.
// On a phone the toasts sit at the bottom and the page gets the same space below its end, so no
// control stays hidden under them. Motion only when the user has not asked for less.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { useRun } from "./use-action-form";

type Run = ReturnType<typeof useRun>["run"];
export type ToastInput = {
  text: string;
  /** Offer "Undo": called with the toast's own run (useRun), so the undo outlives the component that removed something. */
  undo?: (run: Run) => void;
};
type Toast = ToastInput & { id: number; tone: "success" | "error" };

/** How long a toast stays (the Undo window the page offers). */
export const TOAST_MS = 8_000;

const ToastContext = createContext<(t: ToastInput) => void>(() => {});
/** toast({ text, undo? }); a no-op outside a ToastProvider. */
export const useToast = () => useContext(ToastContext);

export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const { run, error, clear } = useRun();
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  const show = useCallback((t: ToastInput, tone: Toast["tone"] = "success") => {
    const id = next.current++;
    // The newest three at most: an older one is still in the page's own messages if needed.
    setToasts((ts) => [...ts.slice(-2), { ...t, id, tone }]);
  }, []);
  // An Undo that failed (too late, or the gift changed) says why, in a toast of its own.
  useEffect(() => {
    if (!error) return;
    show({ text: error }, "error");
    clear();
  }, [error, show, clear]);
  return (
    <ToastContext.Provider value={show}>
      {children}
      {/* Room below the page's end for the toasts on a phone, so the last controls can scroll clear of them. */}
      {toasts.length ? <div aria-hidden="true" className="h-28 sm:hidden" /> : null}
      <div
        role="status"
        aria-live="polite"
        aria-label="Notifications"
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-stretch gap-2 p-3 sm:inset-x-auto sm:right-4 sm:bottom-4 sm:w-96 sm:p-0"
      >
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} run={run} onDismiss={() => dismiss(t.id)} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, run, onDismiss }: { toast: Toast; run: Run; onDismiss: () => void }) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [paused, onDismiss]);
  const error = toast.tone === "error";
  return (
    <div
      className={`pointer-events-auto flex items-center gap-3 rounded-lg px-4 py-3 text-sm shadow-lg motion-safe:animate-[toast-in_150ms_ease-out] ${
        error ? "bg-red-800 text-white" : "bg-ink text-white"
      }`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      onKeyDown={(e) => e.key === "Escape" && onDismiss()}
    >
      <p className="flex-1">{toast.text}</p>
      {toast.undo ? (
        <button
          type="button"
          className="min-h-10 rounded-md px-3 font-semibold text-white underline hover:bg-white/10"
          onClick={() => {
            toast.undo!(run);
            onDismiss();
          }}
        >
          Undo
        </button>
      ) : null}
      <button
        type="button"
        aria-label="Dismiss"
        className="min-h-10 min-w-10 rounded-md text-lg leading-none hover:bg-white/10"
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
