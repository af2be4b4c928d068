import { Navigate, Route, Routes } from "react-router";
import { LoginPage } from "../features/auth/components/LoginPage";
import { RegisterPage } from "../features/auth/components/RegisterPage";
import { RequireAuth } from "../features/auth/components/RequireAuth";
import { AccountPage } from "../features/auth/components/AccountPage";
import { IntegrationsPage } from "../features/integrations/components/IntegrationsPage";
import { ProjectsPage } from "../features/projects/components/ProjectsPage";
import { NewProjectPage } from "../features/projects/components/NewProjectPage";
import { ProjectPage } from "./project/ProjectPage";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<ProjectsPage />} />
          <Route path="/projects" element={<Navigate to="/" replace />} />
          <Route path="/projects/new" element={<NewProjectPage />} />
          <Route path="/projects/:projectId/:tab?" element={<ProjectPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/integrations" element={<IntegrationsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
