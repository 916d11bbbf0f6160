// The CodeMirror editors: Python (line numbers, highlighting, a marked error line) and the
// JavaScript of the host functions. This is most of the page's code, so the page loads it as a
// separate chunk (see lazy-editor.js).

import { EditorView, basicSetup } from 'codemirror'
import { python } from '@codemirror/lang-python'
import { javascript } from '@codemirror/lang-javascript'
import { StateEffect, StateField } from '@codemirror/state'
import { Decoration } from '@codemirror/view'
import { indentUnit } from '@codemirror/language'

const setErrorLine = StateEffect.define()
const errorLineMark = Decoration.line({ class: 'cm-error-line' })

/** The line a traceback points at, highlighted until the text changes or it is cleared. */
const errorLine = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setErrorLine)) {
        const line = effect.value
        if (line == null || line < 1 || line > tr.state.doc.lines) return Decoration.none
        return Decoration.set([errorLineMark.range(tr.state.doc.line(line).from)])
      }
    }
    return tr.docChanged ? Decoration.none : marks
  },
  provide: (field) => EditorView.decorations.from(field),
})

function editor(parent, language, onChange) {
  return new EditorView({
    parent,
    extensions: [
      basicSetup,
      language,
      indentUnit.of('    '),
      errorLine,
      EditorView.updateListener.of((update) => update.docChanged && onChange?.()),
    ],
  })
}

const LANGUAGES = { python, javascript }

/** A CodeMirror editor for `language` ('python' or 'javascript') in `parent`. */
export function createEditor(parent, language, onChange) {
  return editor(parent, LANGUAGES[language](), onChange)
}

export function textOf(view) {
  return view.state.doc.toString()
}

export function setText(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } })
}

/** Mark `line` (1-based) as the failing line, or clear the mark with null. */
export function markErrorLine(view, line) {
  view.dispatch({ effects: setErrorLine.of(line) })
  if (line != null && line >= 1 && line <= view.state.doc.lines) {
    view.dispatch({ effects: EditorView.scrollIntoView(view.state.doc.line(line).from, { y: 'center' }) })
  }
}
