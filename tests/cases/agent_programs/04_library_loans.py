"""Model a library with members, books and loans."""
from collections import defaultdict
from dataclasses import dataclass, field, asdict
from typing import Dict, List, Optional


class LibraryError(Exception):
    pass


class BookUnavailable(LibraryError):
    pass


class LoanLimitReached(LibraryError):
    pass


@dataclass(frozen=True)
class Book:
    isbn: str
    title: str
    author: str
    year: int

    def __str__(self) -> str:
        return f"'{self.title}' by {self.author} ({self.year})"


@dataclass
class Member:
    member_id: int
    name: str
    max_loans: int = 2
    loans: List[str] = field(default_factory=list)

    @property
    def can_borrow(self) -> bool:
        return len(self.loans) < self.max_loans


class PremiumMember(Member):
    def __init__(self, member_id: int, name: str):
        super().__init__(member_id, name, max_loans=4)

    def __repr__(self) -> str:
        return f"PremiumMember({self.name}, loans={len(self.loans)})"


class Library:
    FINE_PER_DAY = 25

    def __init__(self) -> None:
        self.books: Dict[str, Book] = {}
        self.copies: Dict[str, int] = defaultdict(int)
        self.members: Dict[int, Member] = {}
        self.ledger: List[tuple] = []

    def add_book(self, book: Book, copies: int = 1) -> None:
        self.books[book.isbn] = book
        self.copies[book.isbn] += copies

    def join(self, member: Member) -> Member:
        self.members[member.member_id] = member
        return member

    def checkout(self, member_id: int, isbn: str, day: int) -> None:
        member = self.members[member_id]
        if not member.can_borrow:
            raise LoanLimitReached(f"{member.name} already has {len(member.loans)} loans")
        if self.copies.get(isbn, 0) <= 0:
            raise BookUnavailable(f"no copies of {isbn} left")
        self.copies[isbn] -= 1
        member.loans.append(isbn)
        self.ledger.append(("out", member_id, isbn, day))

    def checkin(self, member_id: int, isbn: str, day: int) -> int:
        member = self.members[member_id]
        member.loans.remove(isbn)
        self.copies[isbn] += 1
        out_day: Optional[int] = None
        for kind, mid, book, d in reversed(self.ledger):
            if kind == "out" and mid == member_id and book == isbn:
                out_day = d
                break
        self.ledger.append(("in", member_id, isbn, day))
        overdue = max(0, day - out_day - 14) if out_day is not None else 0
        return overdue * self.FINE_PER_DAY

    def report(self) -> None:
        for isbn, book in sorted(self.books.items(), key=lambda kv: kv[1].year):
            print(f"  {isbn}: {book!s:<45} available={self.copies[isbn]}")


lib = Library()
lib.add_book(Book("111", "Dune", "Herbert", 1965), copies=2)
lib.add_book(Book("222", "Neuromancer", "Gibson", 1984))
lib.add_book(Book("333", "Foundation", "Asimov", 1951))
alice = lib.join(Member(1, "Alice"))
bob = lib.join(PremiumMember(2, "Bob"))

requests = [(1, "111", 1), (1, "222", 2), (1, "333", 3), (2, "222", 3),
            (2, "111", 4), (2, "111", 5), (2, "333", 5)]
for mid, isbn, day in requests:
    try:
        lib.checkout(mid, isbn, day)
        print(f"day {day}: member {mid} borrowed {lib.books[isbn].title}")
    except LibraryError as exc:
        print(f"day {day}: refused ({type(exc).__name__}) {exc}")

print("fine:", lib.checkin(1, "222", 30), "cents")
print("fine:", lib.checkin(2, "111", 10), "cents")
lib.checkout(2, "222", 31)
lib.report()
print(alice, bob, sep="\n")
print(asdict(alice))
outs = defaultdict(int)
for kind, mid, _, _ in lib.ledger:
    outs[(kind, mid)] += 1
print(sorted(outs.items()))
