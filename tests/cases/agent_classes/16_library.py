from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set
from collections import defaultdict


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, book, holder):
        super().__init__(f"{book.title!r} is checked out by {holder}")
        self.book = book
        self.holder = holder


class LimitReached(LibraryError):
    pass


@dataclass(frozen=True, order=True)
class Book:
    isbn: str
    title: str
    author: str
    year: int


@dataclass
class Member:
    name: str
    limit: int = 2
    books: Set[Book] = field(default_factory=set)

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Member) and self.name == other.name


class Library:
    def __init__(self):
        self.catalog: Dict[str, Book] = {}
        self.loans: Dict[Book, Member] = {}
        self.waitlist: Dict[Book, List[Member]] = defaultdict(list)
        self.history: List[str] = []

    def add(self, *books: Book):
        for b in books:
            self.catalog[b.isbn] = b

    def checkout(self, member: Member, isbn: str):
        book = self.catalog[isbn]
        if book in self.loans:
            self.waitlist[book].append(member)
            raise NotAvailable(book, self.loans[book].name)
        if len(member.books) >= member.limit:
            raise LimitReached(f"{member.name} already has {len(member.books)} books")
        self.loans[book] = member
        member.books.add(book)
        self.history.append(f"out:{isbn}:{member.name}")

    def checkin(self, isbn: str) -> Optional[Member]:
        book = self.catalog[isbn]
        member = self.loans.pop(book)
        member.books.discard(book)
        self.history.append(f"in:{isbn}:{member.name}")
        if self.waitlist[book]:
            nxt = self.waitlist[book].pop(0)
            self.checkout(nxt, isbn)
            return nxt
        return None

    def available(self) -> List[Book]:
        return sorted(b for b in self.catalog.values() if b not in self.loans)


lib = Library()
lib.add(Book("111", "Dune", "Herbert", 1965), Book("222", "Emma", "Austen", 1815),
        Book("333", "Ulysses", "Joyce", 1922), Book("444", "Beloved", "Morrison", 1987))
ann, ben, cat = Member("ann"), Member("ben", limit=1), Member("cat")

ops = [(ann, "111"), (ben, "111"), (ben, "222"), (ben, "333"), (ann, "333"), (ann, "444"), (cat, "222")]
for m, isbn in ops:
    try:
        lib.checkout(m, isbn)
        print(f"{m.name} borrowed {lib.catalog[isbn].title}")
    except NotAvailable as e:
        print(f"wait: {e}; holder={e.holder}")
    except LibraryError as e:
        print(f"denied: {e}")

print("available:", [b.title for b in lib.available()])
print("ann has:", sorted(b.title for b in ann.books))
for isbn in ["222", "111"]:
    nxt = lib.checkin(isbn)
    print(f"returned {isbn}; handed to {nxt.name if nxt else 'nobody'}")
print("loans:", sorted((b.title, m.name) for b, m in lib.loans.items()))
print("history:", lib.history)
print("oldest:", min(lib.catalog.values(), key=lambda b: b.year).title)
print("by title:", [b.title for b in sorted(lib.catalog.values(), key=lambda b: b.title)])
members = {ann: "gold", Member("ann", limit=9): "silver", ben: "bronze"}
print("member map size:", len(members), "ann tier:", members[Member("ann")])
