import "server-only";
// Where photo variants live, behind one small interface so another backend (an S3-compatible
// bucket) can be added by configuration: IMAGE_STORAGE in lib/env.ts. Only "database" exists today:
// every app instance and every backup then has the images.
import { env } from "../env";
import { databaseImageStore } from "../data/image-store";
import type { Variant } from "./process";

/** Whose photo a stored image is: the image route applies that registry's guest rule. */
export type ImageOwner = { registryId: number; itemId: number | null };

/** What the image route needs to answer: the bytes and the registry that decides who may see them. */
export type StoredImage = {
  data: Uint8Array;
  registry: { id: number; visibility: string; active: boolean; accessCodeHash: string | null; ownerId: number; coManagerId: number | null };
};

export interface ImageStore {
  /** Keep a photo's variants under its hash (a second put of the same hash changes nothing). */
  put(owner: ImageOwner, hash: string, variants: Variant[]): Promise<void>;
  /** One variant by hash and width, in one indexed read. */
  get(hash: string, width: number): Promise<StoredImage | null>;
  /** Forget every variant of these hashes. */
  remove(hashes: string[]): Promise<void>;
}

export function imageStore(): ImageStore {
  switch (env().IMAGE_STORAGE) {
    case "database":
      return databaseImageStore;
  }
}
