//! Bytecode: the instruction set, code objects and a disassembler.

pub mod code;
pub mod disasm;
pub mod instr;
pub mod ops;

pub use code::{
    Code, CodeId, CodeKind, CompileStep, Const, GlobalSlot, Handler, Name, Params, Program, ProgramMark, PyModule,
    Source,
};
pub use instr::Instr;
pub use ops::{BinOp, CmpOp};
