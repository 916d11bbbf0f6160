//! Emits the instructions of one code object: labels for forward jumps, source positions,
//! and the exception-handler table built from nested protected regions.

use crate::bytecode::{Handler, Instr};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

/// A handler region that is currently open (we are emitting code it protects).
struct OpenRegion {
    target: Label,
    depth: u32,
    /// Start of the current contiguous stretch, or None while suspended.
    start: Option<u32>,
    level: u32,
}

struct Range {
    start: u32,
    end: u32,
    target: Label,
    depth: u32,
    level: u32,
}

#[derive(Default)]
pub struct CodeBuilder {
    pub instrs: Vec<Instr>,
    pub positions: Vec<(u32, u32)>,
    labels: Vec<Option<u32>>,
    /// Instructions whose jump operand holds a label id to patch.
    patches: Vec<usize>,
    regions: Vec<OpenRegion>,
    ranges: Vec<Range>,
    /// Source range attached to the instructions emitted next.
    pub position: (u32, u32),
    /// Instructions that load a global name as the function of a call (see `Code::callee_loads`).
    pub callee_loads: Vec<u32>,
}

impl CodeBuilder {
    pub fn new() -> Self {
        CodeBuilder::default()
    }

    pub fn here(&self) -> u32 {
        self.instrs.len() as u32
    }

    pub fn emit(&mut self, instr: Instr) {
        self.instrs.push(instr);
        self.positions.push(self.position);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.here());
    }

    /// Emit a jump-like instruction whose target is `label` (patched in `finish`).
    pub fn emit_jump(&mut self, make: impl FnOnce(u32) -> Instr, label: Label) {
        self.patches.push(self.instrs.len());
        self.emit(make(label.0));
    }

    /// Start protecting the code emitted from now on with a handler at `target`, which runs
    /// with `depth` operand-stack values kept.
    pub fn push_region(&mut self, target: Label, depth: u32) {
        let level = self.regions.len() as u32;
        self.regions.push(OpenRegion { target, depth, start: Some(self.here()), level });
    }

    pub fn pop_region(&mut self) {
        if let Some(r) = self.regions.pop() {
            self.close_stretch(&r);
        }
    }

    /// Number of open regions (to suspend the innermost ones while emitting an inlined
    /// `finally` body, which must not be protected by its own handler).
    pub fn region_count(&self) -> usize {
        self.regions.len()
    }

    /// Stop protecting with every region above `keep` (they resume with `resume_regions`).
    pub fn suspend_regions(&mut self, keep: usize) {
        let here = self.here();
        for i in keep..self.regions.len() {
            if let Some(start) = self.regions[i].start.take()
                && start < here
            {
                let r = &self.regions[i];
                self.ranges.push(Range { start, end: here, target: r.target, depth: r.depth, level: r.level });
            }
        }
    }

    pub fn resume_regions(&mut self, keep: usize) {
        let here = self.here();
        for r in &mut self.regions[keep..] {
            if r.start.is_none() {
                r.start = Some(here);
            }
        }
    }

    fn close_stretch(&mut self, r: &OpenRegion) {
        if let Some(start) = r.start {
            let end = self.here();
            if start < end {
                self.ranges.push(Range { start, end, target: r.target, depth: r.depth, level: r.level });
            }
        }
    }

    /// Resolve labels; returns instructions, positions and the handler table (innermost
    /// regions first, so the first match is the right handler).
    pub fn finish(mut self) -> (Vec<Instr>, Vec<(u32, u32)>, Vec<Handler>) {
        while !self.regions.is_empty() {
            self.pop_region();
        }
        for &at in &self.patches {
            let instr = &mut self.instrs[at];
            if let Some(label) = jump_target_mut(instr) {
                *label = self.labels[*label as usize].unwrap_or(0);
            }
        }
        self.ranges.sort_by(|a, b| b.level.cmp(&a.level).then(a.start.cmp(&b.start)));
        let labels = &self.labels;
        let handlers = self
            .ranges
            .iter()
            .map(|r| Handler {
                start: r.start,
                end: r.end,
                target: labels[r.target.0 as usize].unwrap_or(0),
                depth: r.depth,
            })
            .collect();
        (self.instrs, self.positions, handlers)
    }
}

/// The jump target operand of an instruction, if it has one.
pub fn jump_target_mut(instr: &mut Instr) -> Option<&mut u32> {
    match instr {
        Instr::Jump { target }
        | Instr::PopJumpIfFalse { target }
        | Instr::PopJumpIfTrue { target }
        | Instr::PopJumpIfNone { target }
        | Instr::PopJumpIfNotNone { target }
        | Instr::ForIter { target }
        | Instr::Send { target } => Some(target),
        _ => None,
    }
}
