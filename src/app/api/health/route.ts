import { db } from "@/server/db";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the database answers, 503 otherwise. No auth. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable", error: { code: "service_unavailable", message: "Database unavailable" } }, { status: 503 });
  }
}
