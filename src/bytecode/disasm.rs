//! Human-readable listing of compiled code (`monty --dis`), for debugging the compiler.

use std::fmt::Write;

use super::code::Program;

pub fn disassemble(program: &Program) -> String {
    let mut out = String::new();
    for (id, code) in program.codes.iter().enumerate() {
        let _ = writeln!(
            out,
            "code {id} {} ({:?}) locals={:?} cells={:?} frees={:?}",
            code.qualname, code.kind, code.varnames, code.cell_slots, code.free_slots
        );
        let source = program.sources.get(code.source as usize);
        let mut last_line = 0;
        for (i, instr) in code.instrs.iter().enumerate() {
            let line = match (source, code.positions.get(i)) {
                (Some(s), Some(&(start, _))) => s.line_col(start).0,
                _ => 0,
            };
            let mark = if line != last_line { format!("{line:>4}") } else { "    ".into() };
            last_line = line;
            let _ = writeln!(out, "{mark} {i:>5} {:<20} {instr:?}", instr.name());
        }
        for h in &code.handlers {
            let _ = writeln!(out, "      handler {}..{} -> {} depth {}", h.start, h.end, h.target, h.depth);
        }
    }
    out
}
