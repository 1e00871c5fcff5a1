"""Qt-free, SQL-free domain: the walk, its geometry, its timing and its checks."""
