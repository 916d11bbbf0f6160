// An editor pane that shows its text at once, as plain text, and turns into a CodeMirror editor
// once `loadEditors()` has loaded that chunk (most of the page's code). The page calls it after
// the first result is shown, so that neither that result nor the page wait for CodeMirror.

let codemirror = null
let loadRequested
const requested = new Promise((resolve) => {
  loadRequested = resolve
})

/** Load CodeMirror and turn every LazyEditor into a real editor. */
export function loadEditors() {
  codemirror ??= import('./editor.js')
  loadRequested(codemirror)
  return codemirror
}

export class LazyEditor {
  constructor(parent, language, onChange = null) {
    this.view = null
    this.cm = null
    this.pendingText = ''
    this.pendingErrorLine = null
    this.placeholder = document.createElement('pre')
    this.placeholder.className = 'editor-placeholder'
    parent.append(this.placeholder)
    // Typing into the placeholder must not get lost: the first focus loads the real editor.
    this.placeholder.tabIndex = 0
    this.placeholder.addEventListener('focus', loadEditors, { once: true })
    this.loaded = requested.then(async (chunk) => {
      const cm = await chunk
      this.cm = cm
      this.view = cm.createEditor(parent, language, onChange)
      this.placeholder.remove()
      const errorLine = this.pendingErrorLine // setText clears it through onChange
      this.setText(this.pendingText)
      this.markErrorLine(errorLine)
    })
  }

  get text() {
    return this.view ? this.cm.textOf(this.view) : this.pendingText
  }

  setText(text) {
    this.pendingText = text
    if (this.view) this.cm.setText(this.view, text)
    else this.placeholder.textContent = text
  }

  /** Mark `line` (1-based) as the failing line, or clear the mark with null. */
  markErrorLine(line) {
    this.pendingErrorLine = line
    if (this.view) this.cm.markErrorLine(this.view, line)
  }
}
