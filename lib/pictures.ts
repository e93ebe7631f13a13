// Pictures made for the project (public/products): one per demo product, one per catalog category.
const CATEGORY_PICTURES = new Set([
  "baby",
  "bath",
  "bedding",
  "books",
  "dining",
  "electronics",
  "games",
  "home",
  "kitchen",
  "outdoor",
  "travel",
]);

/** The category's picture, for products and gifts that have none of their own. */
export function categoryPicture(category: string): string {
  const key = category.trim().toLowerCase();
  return `/products/${CATEGORY_PICTURES.has(key) ? key : "other"}.svg`;
}
