import { withMember } from "@/server/auth/with-member";
import { PREVIEW_BYTES } from "@/server/csv/import-mapping";
import { csvBody } from "@/server/csv/import-request";
import { readCsvPreview } from "@/server/csv/read-csv-preview";

/** The mapping step: the header and first rows of the start of a file (PREVIEW_BYTES). */
export const POST = withMember({ permission: "responses:import" }, async (request) => {
  const truncated = new URL(request.url).searchParams.get("truncated") === "1";
  // A little slack over the slice the page sends; anything longer is not a preview.
  const preview = await readCsvPreview(csvBody(request, PREVIEW_BYTES + 1024), { truncated });
  return Response.json(preview);
});
