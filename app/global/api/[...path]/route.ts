// Any path under /global/api but the SOAP endpoint: a JSON 404, never the site's HTML page.
export { DELETE, GET, PATCH, POST, PUT } from "../../../api/[...path]/route";
