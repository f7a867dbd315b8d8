"""Research tools: datasets, training and evaluation. Not imported by the product.

Each module is a command run from a checkout (``python -m summarize.lab.evaluate``,
``python -m summarize.lab.train``) against labelled data the product never ships.
"""
