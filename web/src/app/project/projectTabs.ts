import type { ComponentType } from "react";
import type { WorkflowStatus } from "../../lib/api/client";
import { ScriptTab } from "../../features/script/components/ScriptTab";
import { ScenesTab } from "../../features/scenes/components/ScenesTab";
import { CharactersTab } from "../../features/characters/components/CharactersTab";
import { SettingsTab } from "../../features/settings/components/SettingsTab";
import { StoryboardTab } from "../../features/storyboard/components/StoryboardTab";
import { ClipsTab } from "../../features/clips/components/ClipsTab";
import { CostTab } from "../../features/cost/components/CostTab";
import { MovieAndExports } from "./MovieAndExports";

/**
 * What the project page hands every tab. Tabs declare only the props they read (features may not import the app),
 * and typing the list below as ComponentType<TabProps> makes the compiler check each tab can take these.
 */
export interface TabProps {
  projectId: number;
  status?: WorkflowStatus;
  budget: string;
  onBudgetChange: (value: string) => void;
}

export const projectTabs: { slug: string; label: string; component: ComponentType<TabProps> }[] = [
  { slug: "script", label: "Script", component: ScriptTab },
  { slug: "scenes", label: "Scenes", component: ScenesTab },
  { slug: "characters", label: "Characters", component: CharactersTab },
  { slug: "settings", label: "Settings", component: SettingsTab },
  { slug: "storyboard", label: "Storyboard", component: StoryboardTab },
  { slug: "clips", label: "Clips", component: ClipsTab },
  { slug: "cost", label: "Cost", component: CostTab },
  { slug: "movie", label: "Movie", component: MovieAndExports },
];
