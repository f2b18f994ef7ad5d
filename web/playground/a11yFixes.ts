// Two accessibility faults of GraphiQL 5's own markup, mended in place (axe-core runs on this page in the
// browser tests): each tab is an element with role "tab" holding two buttons (nested interactive controls),
// and the logo's grey fails the contrast ratio. The tabs become a plain list of buttons, the active one
// marked aria-current; playground.css darkens the logo.
function mendTabs(root: ParentNode): void {
  for (const list of root.querySelectorAll('.graphiql-tabs[role=tablist]')) list.removeAttribute('role');
  for (const tab of root.querySelectorAll('.graphiql-tab')) {
    if (tab.hasAttribute('role')) tab.removeAttribute('role');
    if (tab.hasAttribute('aria-selected')) tab.removeAttribute('aria-selected');
    const button = tab.querySelector('.graphiql-tab-button');
    const active = tab.classList.contains('graphiql-tab-active');
    if (!button) continue;
    if (active && button.getAttribute('aria-current') !== 'true') button.setAttribute('aria-current', 'true');
    if (!active && button.hasAttribute('aria-current')) button.removeAttribute('aria-current');
  }
}

export function mendGraphiQL(root: HTMLElement): void {
  new MutationObserver(() => mendTabs(root)).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['role', 'aria-selected', 'class'],
  });
}
