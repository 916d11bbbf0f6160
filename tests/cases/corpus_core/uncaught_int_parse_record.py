RECORDS = """id|name|age|score
1|ann|34|88
2|ben|29|91
3|cy|41|79
4|dee|3O|95
5|eli|22|60"""

def split_record(line, header):
    values = line.split("|")
    if len(values) != len(header):
        raise ValueError(f"expected {len(header)} fields, got {len(values)}")
    return dict(zip(header, values))

lines = RECORDS.splitlines()
header = lines[0].split("|")
print("header:", header)
print("rows:", len(lines) - 1)
ages = []
scores = []
for line in lines[1:]:
    fields = split_record(line, header)
    scores.append(int(fields["score"]))
    age = int(fields["age"])
    ages.append(age)
    print(f"row {fields['id']}: {fields['name']} is {age}, avg so far {sum(ages) / len(ages):.2f}")
print("average age", sum(ages) / len(ages))
