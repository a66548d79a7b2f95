"""Settings of the module_globals project: plain module globals that main.py assigns as `settings.NAME = value`."""
DEBUG = False
count = 0
names = []

def bump():
    global count
    count += 1
    return count
