import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your organization" };

export default function SignUpPage() {
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your organization</h1>
      <p className="mb-6 text-sm text-slate-600">
        You will be its owner and can invite your team next. Already have an account?{" "}
        <Link className="font-medium text-brand-600 underline-offset-2 hover:underline" href="/sign-in">
          Sign in
        </Link>
      </p>
      <SignUpForm />
    </>
  );
}
