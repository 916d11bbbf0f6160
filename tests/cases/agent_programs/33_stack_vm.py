"""A tiny stack-based virtual machine with an assembler, labels, calls and profiling."""
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, NamedTuple, Optional, Union

class VMError(Exception): pass
class AssembleError(VMError): pass

class Instr(NamedTuple):
    op: str
    arg: Optional[Union[int, str]] = None

    def __str__(self) -> str:
        return self.op if self.arg is None else f"{self.op} {self.arg}"

ARITY = {"push": 1, "pop": 0, "add": 0, "sub": 0, "mul": 0, "div": 0, "dup": 0, "swap": 0, "over": 0,
         "jmp": 1, "jz": 1, "call": 1, "ret": 0, "print": 0, "halt": 0, "load": 1, "store": 1, "lt": 0}

def assemble(source: str) -> List[Instr]:
    labels: Dict[str, int] = {}
    raw: List[List[str]] = []
    for lineno, line in enumerate(source.splitlines(), 1):
        for stmt in line.split(";")[0].split(","):
            parts = stmt.split()
            if not parts:
                continue
            if len(parts) == 1 and parts[0].endswith(":"):
                labels[parts[0][:-1]] = len(raw)
            elif parts[0] not in ARITY:
                raise AssembleError(f"line {lineno}: unknown op {parts[0]!r}")
            elif len(parts) - 1 != ARITY[parts[0]]:
                raise AssembleError(f"line {lineno}: {parts[0]} takes {ARITY[parts[0]]} arg(s)")
            else:
                raw.append(parts)
    program = []
    for parts in raw:
        match parts:
            case [op]: program.append(Instr(op))
            case ["jmp" | "jz" | "call" as op, label]:
                if label not in labels:
                    raise AssembleError(f"undefined label {label!r}")
                program.append(Instr(op, labels[label]))
            case ["load" | "store" as op, name]: program.append(Instr(op, name))
            case [op, num]: program.append(Instr(op, int(num)))
    return program

@dataclass
class VM:
    program: List[Instr]
    stack: List[int] = field(default_factory=list)
    frames: List[int] = field(default_factory=list)
    memory: Dict[str, int] = field(default_factory=dict)
    output: List[int] = field(default_factory=list)
    profile: Counter = field(default_factory=Counter)
    max_steps: int = 10_000

    def pop(self) -> int:
        if not self.stack:
            raise VMError("stack underflow")
        return self.stack.pop()

    def run(self) -> List[int]:
        pc = steps = 0
        while pc < len(self.program):
            if (steps := steps + 1) > self.max_steps:
                raise VMError(f"step limit exceeded at pc={pc}")
            ins = self.program[pc]
            self.profile[ins.op] += 1
            pc += 1
            match ins:
                case Instr("push", n): self.stack.append(n)
                case Instr("pop"): self.pop()
                case Instr("dup"): v = self.pop(); self.stack += [v, v]
                case Instr("swap"): b, a = self.pop(), self.pop(); self.stack += [b, a]
                case Instr("over"): b, a = self.pop(), self.pop(); self.stack += [a, b, a]
                case Instr("add" | "sub" | "mul" | "div" | "lt" as op):
                    b, a = self.pop(), self.pop()
                    if op == "div" and b == 0:
                        raise VMError(f"division by zero at pc={pc - 1}")
                    self.stack.append({"add": a + b, "sub": a - b, "mul": a * b,
                                       "div": a // b if op == "div" else 0, "lt": int(a < b)}[op])
                case Instr("jmp", target): pc = target
                case Instr("jz", target) if self.pop() == 0: pc = target  # guard pops!
                case Instr("call", target): self.frames.append(pc); pc = target
                case Instr("ret"): pc = self.frames.pop()
                case Instr("load", name): self.stack.append(self.memory.get(name, 0))
                case Instr("store", name): self.memory[name] = self.pop()
                case Instr("print"): self.output.append(self.stack[-1])
                case Instr("halt"): break
        return self.output

FACTORIALS = """
    push 1, store n
loop:                                   ; print n! for n = 1..6
    load n, call fact, print, pop
    load n, push 1, add, dup, store n
    push 7, lt, jz end, jmp loop
fact:                                   ; ( n -- n! ) iterative
    push 1, swap
fact_loop:
    dup, jz fact_done
    dup, store t, mul, load t, push 1, sub, jmp fact_loop
fact_done:
    pop, ret
end:
    halt
"""
prog = assemble(FACTORIALS)
print(f"assembled {len(prog)} instructions; first five: {[str(i) for i in prog[:5]]}")
vm = VM(prog)
print("output:", vm.run())
print("memory:", vm.memory, "| stack:", vm.stack)
print("hot ops:", vm.profile.most_common(4))
for src in ["push 1\npush 0\ndiv", "add", "loop:\njmp loop", "push 1 2", "jmp nowhere", "frob"]:
    try:
        VM(assemble(src), max_steps=50).run()
    except AssembleError as exc:
        print("AssembleError:", exc)
    except VMError as exc:
        print("VMError:", exc)
