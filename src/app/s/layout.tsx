// Answering pages read the database and the visitor's cookie on every request.
export const dynamic = "force-dynamic";

/** No app chrome: a customer with a phone sees the survey and nothing else. */
export default function AnswerLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <main className="mx-auto w-full max-w-xl flex-1 px-4 py-6 sm:py-10">{children}</main>
      <footer className="pb-6 text-center text-sm text-slate-600">Powered by Tandem</footer>
    </div>
  );
}
