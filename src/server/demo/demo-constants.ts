/**
 * What the scripts print after seeding (npm start, npm run db:seed): kept apart from the
 * generator so printing a sign-in doesn't load it.
 */
export const DEMO_OWNER_EMAIL = "demo@tandem.local";
export const DEMO_OWNER_NAME = "Morgan Reyes";
/** Every demo member's password. */
export const DEMO_PASSWORD = "tandem-demo";
export const DEMO_ORG_NAME = "Northwind Outfitters";
