import { Link } from "react-router";
import { usePageTitle } from "../ui/usePageTitle";

export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <div className="card mx-auto max-w-lg p-8 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-muted">There is nothing at this address.</p>
      <Link to="/" className="btn-primary mt-6">
        Go to your projects
      </Link>
    </div>
  );
}
