"use server";
import { revalidatePath } from "next/cache";
import { assertAdmin } from "../authz";
import { addListEntry, moveOccasion, updateListEntry } from "../data/admin-lists";
import { listNameSchema, listRenameSchema, listToggleSchema, occasionMoveSchema } from "../validations/admin";
import { parseInput, runAction, type ActionResult } from "./safe-action";

const refresh = () => revalidatePath("/", "layout");

export async function addListEntryAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(listNameSchema, input);
    await addListEntry(d.kind, d.name, admin);
    refresh();
    return { message: `Added “${d.name}”.` };
  });
}

export async function renameListEntryAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(listRenameSchema, input);
    await updateListEntry(d.kind, d.id, { name: d.name }, admin);
    refresh();
    return { message: `Renamed to “${d.name}”.` };
  });
}

export async function toggleListEntryAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(listToggleSchema, input);
    await updateListEntry(d.kind, d.id, { active: d.active }, admin);
    refresh();
    return { message: d.active ? "Activated." : "Deactivated." };
  });
}

export async function moveOccasionAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(occasionMoveSchema, input);
    await moveOccasion(d.id, d.direction, admin);
    refresh();
    return { message: "Order saved." };
  });
}
