import { AppError } from "@/lib/errors";
import { errorResponse } from "@/server/api/http";

// Unknown API paths answer in the API's error shape, not with the HTML 404 page.
function unknown() {
  return errorResponse(new AppError("not_found", "No such API endpoint"));
}

export { unknown as GET, unknown as POST, unknown as PATCH, unknown as PUT, unknown as DELETE };
