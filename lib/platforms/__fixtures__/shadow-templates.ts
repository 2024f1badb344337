/**
 * Saved markup writes open shadow roots as declarative `<template shadowrootmode="open">` (what
 * Chromium's `getHTML({ serializableShadowRoots })` produces). happy-dom's innerHTML does not attach
 * them, so tests call this after loading a file: each template becomes its parent's shadow root.
 */
export function attachShadowTemplates(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachShadowTemplates(shadow);
  }
}
