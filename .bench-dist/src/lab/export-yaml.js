export function exportScenarioYaml(baseText, baseEvents, actions) {
    const lines = [baseText.replace(/\s+$/, ''), '', '# Events: the scenario\'s own, then those recorded in dcsim lab (times in ms from the start).', 'events:'];
    for (const e of baseEvents)
        lines.push(`  - ${JSON.stringify(e)}`);
    for (const a of actions)
        lines.push(`  - ${JSON.stringify(a.event)}   # ${a.text.replace(/[\r\n]/g, ' ')}`);
    if (baseEvents.length + actions.length === 0)
        lines[lines.length - 1] = 'events: []';
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=export-yaml.js.map