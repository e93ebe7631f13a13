// A gift's picture wherever it is shown: the registrant's uploaded photo (responsive WebP variants),
// else the catalog's picture (imageUrl), else a soft gift illustration. Plain <img>: the sizes are
// made at upload, so Next's image optimizer has nothing to add.
import { photoSource } from "@/lib/images/variants";

export function GiftPicture({
  photo,
  imageUrl,
  title,
  sizes,
  lazy = true,
  className = "",
  prefix = "",
}: {
  /** See photoUrl: "/r/{slug}" on a private registry's guest pages. */
  prefix?: string;
  photo: string;
  imageUrl: string;
  title: string;
  /** The rendered width, for srcset (e.g. "224px"). */
  sizes: string;
  lazy?: boolean;
  className?: string;
}) {
  const box = `aspect-square rounded-lg bg-brand-50 ${className}`;
  const src = photoSource(photo, "gift", prefix);
  const loading = lazy ? "lazy" : "eager";
  if (src)
    return (
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={src.src}
        srcSet={src.srcSet}
        sizes={sizes}
        width={src.width}
        height={src.height}
        alt={title}
        loading={loading}
        decoding="async"
        className={`${box} object-cover`}
      />
    );
  if (imageUrl)
    return (
      // Local SVGs or links from the catalog: as they are.
      // eslint-disable-next-line @next/next/no-img-element
      <img src={imageUrl} alt={title} width={320} height={320} loading={loading} decoding="async" className={`${box} object-contain p-2`} />
    );
  return <GiftPlaceholder className={box} />;
}

/** No picture: a wrapped present in the brand's soft tint (decorative; the title says what it is). */
export function GiftPlaceholder({ className = "" }: { className?: string }) {
  return (
    <div className={`flex items-center justify-center ${className}`} aria-hidden="true">
      <svg
        viewBox="0 0 64 64"
        className="h-2/5 w-2/5 text-brand-600/40"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinejoin="round"
      >
        <rect x="10" y="26" width="44" height="30" rx="3" />
        <rect x="6" y="18" width="52" height="10" rx="2" />
        <path d="M32 18v38" />
        <path d="M32 18c-4-8-14-10-14-3s10 3 14 3c4 0 14 4 14-3s-10-5-14 3z" />
      </svg>
    </div>
  );
}

/** A registry's cover photo where it decorates a heading (the dashboard): responsive, no alt text. */
export function CoverPicture({ photo, sizes, className }: { photo: string; sizes: string; className: string }) {
  const cover = photoSource(photo, "cover");
  if (!cover) return null;
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={cover.src} srcSet={cover.srcSet} sizes={sizes} width={cover.width} height={cover.height} alt="" className={className} />;
}
