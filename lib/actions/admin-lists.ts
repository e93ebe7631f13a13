"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { addListEntry, moveOccasion, setOccasionCategories, updateListEntry } from "../data/admin-lists";
import { listNameSchema, listRenameSchema, listToggleSchema, occasionCategoriesSchema, occasionMoveSchema } from "../validations/admin";
import { adminAction } from "./safe-action";

const refresh = () => revalidatePath("/", "layout");
const words = () => getTranslations("adminLists");

export const addListEntryAction = adminAction(listNameSchema, async (d, { user }) => {
  await addListEntry(d.kind, d.name, user);
  refresh();
  return { message: (await words())("added", { name: d.name }) };
});

export const renameListEntryAction = adminAction(listRenameSchema, async (d, { user }) => {
  await updateListEntry(d.kind, d.id, { name: d.name }, user);
  refresh();
  return { message: (await words())("renamed", { name: d.name }) };
});

export const toggleListEntryAction = adminAction(listToggleSchema, async (d, { user }) => {
  await updateListEntry(d.kind, d.id, { active: d.active }, user);
  refresh();
  return { message: (await words())(d.active ? "activated" : "deactivated") };
});

export const moveOccasionAction = adminAction(occasionMoveSchema, async (d, { user }) => {
  await moveOccasion(d.id, d.direction, user);
  refresh();
  return { message: (await words())("orderSaved") };
});

export const setOccasionCategoriesAction = adminAction(occasionCategoriesSchema, async (d, { user }) => {
  await setOccasionCategories(d.id, d.catalogCategories, user);
  refresh();
  const t = await words();
  return {
    message: d.catalogCategories ? t("categories", { categories: d.catalogCategories.replaceAll(",", ", ") }) : t("wholeCatalog"),
  };
});
