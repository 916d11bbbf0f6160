class PipelineError(RuntimeError):
    def __init__(self, stage, reason):
        super().__init__(stage, reason)
        self.stage = stage
        self.reason = reason

    def __str__(self):
        return f"stage {self.stage} failed ({self.reason})"


def stage_one(x):
    return x * 2


def stage_two(x):
    return 100 // (x - 8)


def run(x):
    a = stage_one(x)
    print("stage one:", a)
    try:
        b = stage_two(a)
    except ZeroDivisionError as e:
        raise PipelineError("two", str(e)) from e
    print("stage two:", b)
    return b


print("result:", run(3))
print("result:", run(5))
run(4)
