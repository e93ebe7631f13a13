"use client";
// The registry's cover photo (the wide banner on the guest page and in shared links) and an optional
// photo of the couple, on the edit screen.
import { useTranslations } from "next-intl";
import { removeRegistryPhotoAction, setRegistryPhotoAction } from "@/lib/actions/photos";
import { photoSource } from "@/lib/images/variants";
import { PhotoField } from "@/components/ui/photo-field";
import { useRun } from "@/components/ui/use-action-form";

export function RegistryPhotos({ registryId, title, cover, couple }: { registryId: number; title: string; cover: string; couple: string }) {
  const coverRun = useRun();
  const coupleRun = useRun();
  const t = useTranslations("photos");
  return (
    <section aria-labelledby="photos-heading" className="space-y-5 rounded-xl border border-gray-200 bg-white p-5">
      <div>
        <h2 id="photos-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <PhotoField
        label={t("cover")}
        aspect={2}
        current={photoSource(cover, "cover")}
        alt={t("coverAlt", { title })}
        pending={coverRun.pending}
        error={coverRun.error}
        onSave={(photo, crop, done) => coverRun.run(() => setRegistryPhotoAction({ registryId, kind: "cover", photo, crop }), done)}
        onRemove={() => coverRun.run(() => removeRegistryPhotoAction({ registryId, kind: "cover" }))}
      />
      <PhotoField
        label={t("couple")}
        aspect={1}
        current={photoSource(couple, "couple")}
        alt={t("coupleAlt")}
        pending={coupleRun.pending}
        error={coupleRun.error}
        onSave={(photo, crop, done) => coupleRun.run(() => setRegistryPhotoAction({ registryId, kind: "couple", photo, crop }), done)}
        onRemove={() => coupleRun.run(() => removeRegistryPhotoAction({ registryId, kind: "couple" }))}
      />
    </section>
  );
}
