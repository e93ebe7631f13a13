"use client";
// The registry's cover photo (the wide banner on the guest page and in shared links) and an optional
// photo of the couple, on the edit screen.
import { removeRegistryPhotoAction, setRegistryPhotoAction } from "@/lib/actions/photos";
import { photoSource } from "@/lib/images/variants";
import { PhotoField } from "@/components/ui/photo-field";
import { useRun } from "@/components/ui/use-action-form";

export function RegistryPhotos({ registryId, title, cover, couple }: { registryId: number; title: string; cover: string; couple: string }) {
  const coverRun = useRun();
  const coupleRun = useRun();
  return (
    <section aria-labelledby="photos-heading" className="space-y-5 rounded-xl border border-gray-200 bg-white p-5">
      <div>
        <h2 id="photos-heading" className="text-lg font-semibold">
          Photos
        </h2>
        <p className="text-sm text-muted">
          Guests see these at the top of your registry, and the cover shows when you share its link. JPEG, PNG or WebP, up to 15 MB.
        </p>
      </div>
      <PhotoField
        label="Cover photo"
        aspect={2}
        current={photoSource(cover, "cover")}
        alt={`Cover photo of ${title}`}
        pending={coverRun.pending}
        error={coverRun.error}
        onSave={(photo, crop, done) => coverRun.run(() => setRegistryPhotoAction({ registryId, kind: "cover", photo, crop }), done)}
        onRemove={() => coverRun.run(() => removeRegistryPhotoAction({ registryId, kind: "cover" }))}
      />
      <PhotoField
        label="Photo of the couple (optional)"
        aspect={1}
        current={photoSource(couple, "couple")}
        alt="Photo of the couple"
        pending={coupleRun.pending}
        error={coupleRun.error}
        onSave={(photo, crop, done) => coupleRun.run(() => setRegistryPhotoAction({ registryId, kind: "couple", photo, crop }), done)}
        onRemove={() => coupleRun.run(() => removeRegistryPhotoAction({ registryId, kind: "couple" }))}
      />
    </section>
  );
}
