# Modules the sandbox does not provide fail the way a missing module does in CPython.
try:
    import numpy
    print("numpy imported?")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    import not_a_module_at_all.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pandas as pd
except ImportError as e:
    print("fallback:", e)
try:
    from numpy import array
except ModuleNotFoundError as e:
    print(e)
import json, math, re, datetime, collections, itertools, functools, typing, dataclasses, string, sys, random, copy, bisect, heapq, statistics, textwrap, base64, hashlib, operator, time, os, pathlib
import enum, fractions, difflib, hmac, urllib.parse, csv, io, abc, contextlib, types, logging, pprint, calendar, uuid, warnings, traceback
print("all provided modules import")
