// The schemas ActionForm checks with, by name: a server page can hand a client component a server
// action but not a zod schema. Each is the schema its action parses with (tests/forms/coverage.test.ts
// checks every <ActionForm action={…} schema="…"> pair against the action's own schema).
import {
  apiUserDisableSchema,
  apiUserPasswordSchema,
  apiUserSchema,
  deactivateSchema,
  listNameSchema,
  listRenameSchema,
  listToggleSchema,
  occasionCategoriesSchema,
  occasionMoveSchema,
  offlineMovementSchema,
  productSchema,
  productUpdateSchema,
  reportResolveSchema,
  userRoleSchema,
  userStatusSchema,
} from "@/lib/validations/admin";
import { withRegistryId } from "@/lib/validations/id";
import { undoBoughtElsewhereSchema } from "@/lib/validations/registry";

export const FORM_SCHEMAS = {
  apiUser: apiUserSchema,
  apiUserDisable: apiUserDisableSchema,
  apiUserPassword: apiUserPasswordSchema,
  deactivate: deactivateSchema,
  listName: listNameSchema,
  listRename: listRenameSchema,
  listToggle: listToggleSchema,
  occasionCategories: occasionCategoriesSchema,
  occasionMove: occasionMoveSchema,
  offlineMovement: offlineMovementSchema,
  product: productSchema,
  productUpdate: productUpdateSchema,
  reportResolve: reportResolveSchema,
  undoBoughtElsewhere: withRegistryId(undoBoughtElsewhereSchema),
  userRole: userRoleSchema,
  userStatus: userStatusSchema,
};
export type FormSchemaName = keyof typeof FORM_SCHEMAS;
