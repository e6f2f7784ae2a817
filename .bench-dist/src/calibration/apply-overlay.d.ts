/** The merged scenario text (validated); throws OverlayError or ScenarioError. */
export declare function overlayScenario(scenarioFile: string, overlayFile: string, outFile: string, shown: {
    scenario: string;
    overlay: string;
    out: string;
}): string;
