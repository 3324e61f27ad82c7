import type { z } from "zod";

type Method = "get" | "post" | "patch" | "put" | "delete";

export type ApiOperation = {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  pathParams?: string[];
  success: { status: number; description: string; schema?: z.ZodType };
  errors: number[];
  auth?: boolean;
};

