"""The demo content: written from the source documents, kept inside the project as data.

`data/` holds the texts, French and English side by side; `images.py` draws the pictures;
`loader.py` puts everything in the database (the `load_demo_content` command calls it).
"""
