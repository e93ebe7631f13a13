"use client";
// One photo picker for gifts, the cover and the couple: drop a file, choose one, or paste an image;
// then choose the part to keep — drag (or arrow keys) to move it, the slider (or + and -) to zoom —
// over a preview of the shape guests will see. Only the crop box is sent with the file; the server
// decodes, turns, crops and resizes (lib/images/process.ts). The caller sends through useRun.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "./button";
import { MAX_PHOTO_BYTES, type PhotoSource } from "@/lib/images/variants";

export type Crop = { x: number; y: number; width: number; height: number };
type Natural = { width: number; height: number };
type View = { x: number; y: number; zoom: number }; // x, y: the crop's top-left corner in the photo's pixels

const MAX_ZOOM = 4;

/** The crop box for a view: the largest box of this shape, divided by the zoom, kept inside the photo. */
function cropOf(n: Natural, aspect: number, v: View): Crop {
  const full = Math.min(n.width, n.height * aspect);
  const width = full / v.zoom;
  const height = width / aspect;
  const x = Math.max(0, Math.min(n.width - width, v.x));
  const y = Math.max(0, Math.min(n.height - height, v.y));
  return { x, y, width, height };
}

export function PhotoField({
  label,
  hint,
  aspect,
  current,
  alt,
  pending,
  error,
  onSave,
  onRemove,
  showCurrent = true,
  hideLabel = false,
}: {
  /** The label for screen readers only (the gift row: its heading and the hint say what it is). */
  hideLabel?: boolean;
  /** false: the page shows the current photo elsewhere (the gift row's thumbnail). */
  showCurrent?: boolean;
  label: string;
  hint?: string;
  /** width / height of what guests see: 1 square, 2 the cover. */
  aspect: number;
  current: PhotoSource | null;
  alt: string;
  pending: boolean;
  error: string | null;
  onSave: (photo: File, crop: Crop | undefined, done: () => void) => void;
  onRemove?: () => void;
}) {
  const id = useId();
  const t = useTranslations("photos");
  const input = useRef<HTMLInputElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [natural, setNatural] = useState<Natural | null>(null);
  const [noPreview, setNoPreview] = useState(false);
  const [view, setView] = useState<View>({ x: 0, y: 0, zoom: 1 });
  const [localError, setLocalError] = useState<string | null>(null);
  const drag = useRef<{ px: number; py: number; x: number; y: number } | null>(null);

  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  function choose(f: File | null | undefined) {
    setLocalError(null);
    if (!f) return;
    if (f.size > MAX_PHOTO_BYTES) {
      setLocalError(t("tooLarge"));
      return;
    }
    setFile(f);
    setNatural(null);
    setNoPreview(false);
    setUrl(URL.createObjectURL(f));
  }

  function cancel() {
    setFile(null);
    setUrl(null);
    setNatural(null);
    if (input.current) input.current.value = "";
  }

  const crop = natural ? cropOf(natural, aspect, view) : undefined;
  const set = (v: View) => natural && setView({ ...v, ...pick(cropOf(natural, aspect, v)) });
  const pick = (c: Crop) => ({ x: c.x, y: c.y });

  function loaded(img: HTMLImageElement) {
    const n = { width: img.naturalWidth, height: img.naturalHeight };
    setNatural(n);
    const c = cropOf(n, aspect, { x: 0, y: 0, zoom: 1 });
    // Start centred.
    setView({ x: (n.width - c.width) / 2, y: (n.height - c.height) / 2, zoom: 1 });
  }

  function zoomTo(zoom: number) {
    if (!natural || !crop) return;
    const z = Math.max(1, Math.min(MAX_ZOOM, zoom));
    const cx = crop.x + crop.width / 2;
    const cy = crop.y + crop.height / 2;
    const next = cropOf(natural, aspect, { x: 0, y: 0, zoom: z });
    set({ x: cx - next.width / 2, y: cy - next.height / 2, zoom: z });
  }

  function onKey(e: KeyboardEvent) {
    if (!crop) return;
    const step = crop.width / 10;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    if (moves[e.key]) {
      e.preventDefault();
      set({ ...view, x: crop.x + moves[e.key][0], y: crop.y + moves[e.key][1] });
    } else if (e.key === "+" || e.key === "=") {
      e.preventDefault();
      zoomTo(view.zoom + 0.25);
    } else if (e.key === "-") {
      e.preventDefault();
      zoomTo(view.zoom - 0.25);
    }
  }

  function onPointerDown(e: PointerEvent) {
    if (!crop) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { px: e.clientX, py: e.clientY, x: crop.x, y: crop.y };
  }
  function onPointerMove(e: PointerEvent) {
    const d = drag.current;
    const box = frame.current?.getBoundingClientRect();
    if (!d || !crop || !box) return;
    const perPixel = crop.width / box.width; // photo pixels per screen pixel
    set({ ...view, x: d.x - (e.clientX - d.px) * perPixel, y: d.y - (e.clientY - d.py) * perPixel });
  }

  const shown = localError ?? error;
  const frameClass = aspect === 1 ? "aspect-square w-full max-w-64" : "aspect-[2/1] w-full max-w-xl";
  return (
    <div className="space-y-2" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className={hideLabel ? "sr-only" : "text-sm font-medium"}>
        {label}
      </p>
      {file && url ? (
        <div className="space-y-2">
          <div
            ref={frame}
            tabIndex={0}
            role="application"
            aria-roledescription={t("cropRole")}
            aria-label={t("cropLabel")}
            aria-describedby={`${id}-crop-hint`}
            onKeyDown={onKey}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={() => (drag.current = null)}
            onPointerCancel={() => (drag.current = null)}
            className={`relative cursor-move touch-none select-none overflow-hidden rounded-lg bg-gray-100 outline-offset-2 ${frameClass}`}
          >
            {noPreview ? (
              <p className="p-3 text-sm text-muted">{t("noPreview")}</p>
            ) : (
              // A local preview of the chosen file (a blob: URL), never a stored image.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={url}
                alt={t("previewAlt")}
                draggable={false}
                onLoad={(e) => loaded(e.currentTarget)}
                onError={() => setNoPreview(true)}
                className="absolute max-w-none"
                style={
                  natural && crop
                    ? {
                        width: `${(natural.width / crop.width) * 100}%`,
                        left: `${(-crop.x / crop.width) * 100}%`,
                        top: `${(-crop.y / crop.height) * 100}%`,
                      }
                    : { opacity: 0 }
                }
              />
            )}
          </div>
          <p id={`${id}-crop-hint`} className="text-sm text-muted">
            {t("cropHint")}
          </p>
          {natural ? (
            <div className="flex max-w-xs items-center gap-2">
              <label htmlFor={`${id}-zoom`} className="text-sm font-medium">
                {t("zoom")}
              </label>
              <input
                id={`${id}-zoom`}
                type="range"
                min={1}
                max={MAX_ZOOM}
                step={0.05}
                value={view.zoom}
                onChange={(e) => zoomTo(Number(e.target.value))}
                className="flex-1 accent-brand-700"
              />
            </div>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button disabled={pending} onClick={() => onSave(file, crop && roundCrop(crop), cancel)}>
              {pending ? t("saving") : t("save")}
            </Button>
            <Button variant="ghost" disabled={pending} onClick={cancel}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            choose(e.dataTransfer.files[0]);
          }}
          onPaste={(e) => {
            const f = [...e.clipboardData.files][0];
            if (f) {
              e.preventDefault();
              choose(f);
            }
          }}
          data-testid="photo-drop"
          className="flex flex-wrap items-center gap-3 rounded-lg border-2 border-dashed border-gray-300 p-3"
        >
          {current && showCurrent ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={current.src}
              srcSet={current.srcSet}
              sizes="96px"
              width={current.width}
              height={current.height}
              alt={alt}
              className={`h-24 rounded-md object-cover ${aspect === 1 ? "w-24" : "w-48"}`}
            />
          ) : null}
          <div className="space-y-1 text-sm">
            <p className="text-muted">{hint ?? t("hint")}</p>
            <div className="flex flex-wrap gap-2">
              {/* The label is the visible button; the input inside stays keyboard-focusable (the ring shows on the label). */}
              <label className={buttonClass("secondary", "cursor-pointer focus-within:outline-2 focus-within:outline-brand-700")}>
                {current ? t("replace") : t("choose")}
                <span className="sr-only"> ({label})</span>
                <input
                  ref={input}
                  type="file"
                  accept="image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif"
                  className="sr-only"
                  disabled={pending}
                  aria-invalid={shown ? true : undefined}
                  aria-describedby={shown ? `${id}-error` : undefined}
                  onChange={(e) => choose(e.target.files?.[0])}
                />
              </label>
              {current && onRemove ? (
                <Button variant="ghost" disabled={pending} onClick={onRemove}>
                  {t("remove")}
                </Button>
              ) : null}
            </div>
          </div>
        </div>
      )}
      {shown ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {shown}
        </p>
      ) : null}
    </div>
  );
}

const roundCrop = (c: Crop): Crop => ({ x: Math.round(c.x), y: Math.round(c.y), width: Math.round(c.width), height: Math.round(c.height) });
