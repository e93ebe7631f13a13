"use server";
import { revalidatePath } from "next/cache";
import { addListEntry, moveOccasion, setOccasionCategories, updateListEntry } from "../data/admin-lists";
import { listNameSchema, listRenameSchema, listToggleSchema, occasionCategoriesSchema, occasionMoveSchema } from "../validations/admin";
import { adminAction } from "./safe-action";

const refresh = () => revalidatePath("/", "layout");

export const addListEntryAction = adminAction(listNameSchema, async (d, { user }) => {
  await addListEntry(d.kind, d.name, user);
  refresh();
  return { message: `Added “${d.name}”.` };
});

export const renameListEntryAction = adminAction(listRenameSchema, async (d, { user }) => {
  await updateListEntry(d.kind, d.id, { name: d.name }, user);
  refresh();
  return { message: `Renamed to “${d.name}”.` };
});

export const toggleListEntryAction = adminAction(listToggleSchema, async (d, { user }) => {
  await updateListEntry(d.kind, d.id, { active: d.active }, user);
  refresh();
  return { message: d.active ? "Activated." : "Deactivated." };
});

export const moveOccasionAction = adminAction(occasionMoveSchema, async (d, { user }) => {
  await moveOccasion(d.id, d.direction, user);
  refresh();
  return { message: "Order saved." };
});

export const setOccasionCategoriesAction = adminAction(occasionCategoriesSchema, async (d, { user }) => {
  await setOccasionCategories(d.id, d.catalogCategories, user);
  refresh();
  return {
    message: d.catalogCategories
      ? `Registries open the catalog on: ${d.catalogCategories.replaceAll(",", ", ")}.`
      : "Registries open on the whole catalog.",
  };
});
