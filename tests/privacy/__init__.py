"""Safe from the people nearby (issue 7): the building blocks, each on its own."""
